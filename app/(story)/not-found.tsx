// An unknown or unpublished article's address: the reader site's 404.
export { default, metadata } from "../(site)/not-found";
