const inspector = require('node:inspector'); const fs = require('fs');
const s = new inspector.Session(); s.connect();
process.on('message', (m) => {
  if (m === 'start') s.post('Profiler.enable', () => s.post('Profiler.start', () => process.send('ok')));
  if (m === 'stop') s.post('Profiler.stop', (e, { profile }) => { fs.mkdirSync('/tmp/prof', {recursive: true}); fs.writeFileSync('/tmp/prof/p.cpuprofile', JSON.stringify(profile)); process.send('done'); });
});
require('/work/main/dist/scripts/bench/servers.js');
