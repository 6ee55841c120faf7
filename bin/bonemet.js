#!/usr/bin/env node
// The bundled command (vite.cli.config.ts): each subcommand's code is loaded when it runs.
import { main } from '../dist/bin/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
