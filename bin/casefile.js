#!/usr/bin/env node
'use strict';
// Exit through exitCode, not process.exit, so that piped output is written in full.
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
