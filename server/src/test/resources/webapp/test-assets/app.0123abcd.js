export const versioned = 1;
