// Placeholder until the typed bridge lands (issue 5).
export {}
