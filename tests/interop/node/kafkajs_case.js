#!/usr/bin/env node
// KafkaJS (npm, pinned in package-lock.json) cases for the Kafka interop suite.
// Usage: node kafkajs_case.js HOST PORT CASE
// Prints "FAIL: <reason>" and exits 1 when an expectation does not hold, 77 to
// skip, 0 on success; bounded by a 60 s timer. Names are unique per run.
'use strict';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

let kafkajs;
try {
  kafkajs = require('kafkajs');
} catch (e) {
  console.log('kafkajs is not installed: run `npm ci --prefix tests/interop/node` (' + e.message + ')');
  process.exit(77);
}
const { Kafka, logLevel } = kafkajs;
const crypto = require('crypto');

const CASE_TIMEOUT_MS = 60000;

class Fail extends Error {}
function check(cond, reason) {
  if (!cond) throw new Fail(reason);
}
function unique(prefix) {
  return `${prefix}-${crypto.randomBytes(6).toString('hex')}`;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(pred, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (pred()) return;
    await sleep(50);
  }
  throw new Fail(`timed out waiting for ${what}`);
}

function client(host, port) {
  return new Kafka({
    clientId: 'warren-interop-kafkajs',
    brokers: [`${host}:${port}`],
    logLevel: logLevel.WARN,
    retry: { retries: 3, initialRetryTime: 100 },
    connectionTimeout: 5000,
    requestTimeout: 15000,
  });
}

const cases = {
  // admin createTopics / listTopics / fetchTopicMetadata / deleteTopics
  async admin_create_and_list_topics(kafka) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const name = unique('kjs-admin');
      const created = await admin.createTopics({ topics: [{ topic: name, numPartitions: 3 }], waitForLeaders: true });
      check(created === true, `createTopics returned ${created}`);
      const again = await admin.createTopics({ topics: [{ topic: name, numPartitions: 3 }] });
      check(again === false, `creating an existing topic returned ${again}, expected false`);
      const topics = await admin.listTopics();
      check(topics.includes(name), `listTopics does not include ${name}: ${topics}`);
      const md = await admin.fetchTopicMetadata({ topics: [name] });
      const parts = md.topics[0].partitions.map((p) => p.partitionId).sort();
      check(JSON.stringify(parts) === '[0,1,2]', `partitions ${JSON.stringify(parts)}`);
      await admin.deleteTopics({ topics: [name], timeout: 10000 });
      const after = await admin.listTopics();
      check(!after.includes(name), `${name} still listed after deleteTopics`);
    } finally {
      await admin.disconnect();
    }
  },

  // produce with keys to 3 partitions, consume in a group with eachMessage,
  // commit, and a second consumer of the group resumes after the commit.
  async produce_keyed_consume_group_commit(kafka) {
    const topic = unique('kjs-pc');
    const groupId = unique('g-kjs');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const n = 60;
    const keys = ['alpha', 'beta', 'gamma', 'delta'];
    const meta = await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: n }, (_, i) => ({
        key: keys[i % keys.length],
        value: `value-${i}`,
        headers: { idx: String(i) },
      })),
    });
    check(meta.every((m) => m.errorCode === 0), `produce errors ${JSON.stringify(meta)}`);
    await producer.disconnect();

    // First consumer: take everything, commit only what it "processed" (the
    // first half of each partition), then leave.
    const seen = [];
    const c1 = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 500, rebalanceTimeout: 10000 });
    await c1.connect();
    await c1.subscribe({ topics: [topic], fromBeginning: true });
    await c1.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        seen.push({ partition, offset: Number(message.offset), key: message.key.toString(),
                    value: message.value.toString(), idx: message.headers.idx.toString() });
      },
    });
    await waitFor(() => seen.length >= n, 30000, `${n} messages (have ${seen.length})`);
    check(seen.length === n, `first consumer saw ${seen.length} messages`);
    const keyPartition = {};
    const perPartition = { 0: [], 1: [], 2: [] };
    for (const m of seen) {
      check(m.value === `value-${m.idx}`, `header idx ${m.idx} does not match ${m.value}`);
      check(m.key === keys[Number(m.idx) % keys.length], `key ${m.key} for ${m.value}`);
      if (keyPartition[m.key] === undefined) keyPartition[m.key] = m.partition;
      check(keyPartition[m.key] === m.partition, `key ${m.key} in two partitions`);
      perPartition[m.partition].push(m.offset);
    }
    const commits = [];
    for (const p of [0, 1, 2]) {
      const offs = perPartition[p];
      check(JSON.stringify(offs) === JSON.stringify(offs.map((_, i) => i)), `partition ${p} offsets ${offs}`);
      commits.push({ topic, partition: p, offset: String(Math.floor(offs.length / 2)) });
    }
    await c1.commitOffsets(commits);
    await c1.disconnect();

    const fetched = await admin.fetchOffsets({ groupId, topics: [topic] });
    const got = {};
    for (const p of fetched[0].partitions) got[p.partition] = p.offset;
    for (const c of commits) check(got[c.partition] === c.offset, `fetchOffsets ${JSON.stringify(got)} vs commits`);

    // Second consumer in the same group resumes at the committed offsets and
    // auto-commits what it processes.
    const expectRest = commits.reduce((s, c) => s + perPartition[c.partition].length - Number(c.offset), 0);
    const rest = [];
    const c2 = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 500 });
    await c2.connect();
    await c2.subscribe({ topics: [topic], fromBeginning: true });
    await c2.run({
      eachMessage: async ({ partition, message }) => {
        rest.push({ partition, offset: Number(message.offset) });
      },
    });
    await waitFor(() => rest.length >= expectRest, 30000, `${expectRest} resumed messages (have ${rest.length})`);
    await sleep(500);
    check(rest.length === expectRest, `resumed consumer got ${rest.length}, expected ${expectRest}`);
    for (const r of rest) {
      const c = commits.find((x) => x.partition === r.partition);
      check(r.offset >= Number(c.offset), `partition ${r.partition} redelivered offset ${r.offset}`);
    }
    await c2.disconnect(); // commits on the way out
    const final = await admin.fetchOffsets({ groupId, topics: [topic] });
    for (const p of final[0].partitions) {
      check(Number(p.offset) === perPartition[p.partition].length,
            `after auto-commit partition ${p.partition} offset ${p.offset}`);
    }
    await admin.disconnect();
  },

  // Two members split three partitions (KafkaJS's round-robin assigner), each
  // consuming only its own; when one disconnects (LeaveGroup, after committing)
  // the other takes all three and consumes the rest without duplicates.
  async group_of_two_rebalances_on_leave(kafka) {
    const topic = unique('kjs-split');
    const groupId = unique('g-kjs-split');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();

    const got = { a: [], b: [] };
    const assigned = { a: [], b: [] };
    async function member(name) {
      const c = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 300, rebalanceTimeout: 10000,
                                 maxWaitTimeInMs: 500 });
      c.on(c.events.GROUP_JOIN, (e) => {
        assigned[name] = (e.payload.memberAssignment[topic] || []).slice().sort();
      });
      await c.connect();
      await c.subscribe({ topics: [topic], fromBeginning: true });
      await c.run({
        eachMessage: async ({ partition, message }) => {
          got[name].push({ partition, value: message.value.toString() });
        },
      });
      return c;
    }
    const sorted = (xs) => JSON.stringify(xs.slice().sort());
    const a = await member('a');
    await waitFor(() => assigned.a.length === 3, 20000, 'the first member to get all partitions');
    const b = await member('b');
    await waitFor(() => assigned.a.length > 0 && assigned.b.length > 0 &&
                        sorted(assigned.a.concat(assigned.b)) === '[0,1,2]', 30000,
                  `a split (a ${assigned.a}, b ${assigned.b})`);
    const aParts = assigned.a.slice();
    const bParts = assigned.b.slice();

    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1,
                          messages: Array.from({ length: 30 }, (_, i) => ({ partition: i % 3, value: `first-${i}` })) });
    await waitFor(() => got.a.length + got.b.length >= 30, 20000, 'the first 30 messages');
    check(got.a.length > 0 && got.b.length > 0, `a got ${got.a.length}, b got ${got.b.length}`);
    check(got.a.every((m) => aParts.includes(m.partition)), `a consumed outside ${aParts}`);
    check(got.b.every((m) => bParts.includes(m.partition)), `b consumed outside ${bParts}`);

    await b.disconnect();
    await waitFor(() => assigned.a.length === 3, 30000, `a to take over all partitions (has ${assigned.a})`);
    await producer.send({ topic, acks: -1,
                          messages: Array.from({ length: 30 }, (_, i) => ({ partition: i % 3, value: `second-${i}` })) });
    await waitFor(() => got.a.length + got.b.length >= 60, 20000, 'the second 30 messages');
    await sleep(500);
    const values = got.a.concat(got.b).map((m) => m.value);
    check(values.length === 60 && new Set(values).size === 60, `${values.length} messages, ${new Set(values).size} distinct`);
    await producer.disconnect();
    await a.disconnect();
  },
};

async function main() {
  const [host, port, caseName] = process.argv.slice(2);
  if (!cases[caseName]) {
    console.log(`usage: kafkajs_case.js HOST PORT CASE\ncases: ${Object.keys(cases).join(', ')}`);
    process.exit(2);
  }
  const timer = setTimeout(() => {
    console.log(`FAIL: case did not finish within ${CASE_TIMEOUT_MS / 1000} s`);
    process.exit(1);
  }, CASE_TIMEOUT_MS);
  try {
    await cases[caseName](client(host, port));
  } catch (e) {
    console.log(`FAIL: ${e instanceof Fail ? e.message : e.stack || e}`);
    process.exit(1);
  }
  clearTimeout(timer);
  console.log(`OK ${caseName}`);
  process.exit(0);
}

main();
