// Field limits of the article editor: checked by the save service and shown by the form's counters
// (a client module imports this file, so it must stay free of server code).

export const TITLE_MAX = 200;
export const DEK_MAX = 500;
export const SEO_TITLE_MAX = 70;
export const SEO_DESCRIPTION_MAX = 160;
export const MAX_HASHTAGS = 50;
export const MAX_CREDITS = 20;
