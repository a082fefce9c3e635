#!/usr/bin/env node
// The command's entry: the CLI itself is dist/cli.js, built by `pnpm build`. This file is in the repository
// so that `pnpm install` can link the command before anything is built.
import '../dist/cli.js'
