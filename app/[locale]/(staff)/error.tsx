"use client";

// The same plain error page as the portal's, with the texts the staff shell provides.
export { default } from "../(site)/error.tsx";
