const { fork } = require('node:child_process');
const autocannon = require('/work/main/node_modules/autocannon');
const child = fork('/work/main/prof-child.tmp.js', ['hub'], { env: { ...process.env, NODE_ENV: 'production' } });
child.once('message', async (info) => {
  child.send('start');
  await new Promise((r) => child.once('message', r));
  const q = process.argv[2] === 'typename' ? { query: '{ __typename }' } : { query: 'query($id: ID!) { campaign(id: $id) { id name master { version locale headline body callToAction { text url } keyFacts createdAt } masterHistory { version } } }', variables: { id: info.campaignId } };
  const r = await autocannon({ url: info.url + '/graphql', connections: 10, duration: 5, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + info.key }, body: JSON.stringify(q) });
  console.log('rps', r.requests.average, r.non2xx);
  child.send('stop');
  child.once('message', () => child.kill());
});
