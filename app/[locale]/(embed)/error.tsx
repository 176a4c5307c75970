"use client";

import SiteError from "../(site)/error.tsx";

// The same plain message as the portal's, inside the widget's own document (its texts come from EmbedShell).
export default SiteError;
