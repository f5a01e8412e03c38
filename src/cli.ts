// Placeholder: replaced by the CLI.
console.error('benchmark-claims: CLI not built yet')
process.exitCode = 1
