// Entry point of dist/server.js: the client starts it with node over IPC or stdio.
import '../runtime/plain-env';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A bug must not take the editor's diagnostics down with it: log it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`casefile: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => connection.console.error(`casefile: ${(error as Error)?.stack ?? error}`));
startServer(connection);
