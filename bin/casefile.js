#!/usr/bin/env node
'use strict';
// Before the bundle loads: stack traces then name the .ts sources (dist/cli.js.map).
process.setSourceMapsEnabled(true);
// Exit through exitCode, not process.exit, so that piped output is written in full.
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
