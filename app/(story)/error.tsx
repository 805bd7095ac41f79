"use client";

// A failed article page: the reader site's error notice.
export { default } from "../(site)/error";
