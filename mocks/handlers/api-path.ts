// The path prefix every mock handler matches: `*/api/...` works on any origin (page, Node, service worker).
export const API = '*/api';
