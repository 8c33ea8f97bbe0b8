// Run by the mongo-init service with mongosh, connected directly to mongo1 as root.
// Initiates replica set rs0 and creates the registry's user. Safe to run again.
const members = [
  { _id: 0, host: "mongo1:27017", priority: 2 }, // preferred primary
  { _id: 1, host: "mongo2:27017", priority: 1 },
  { _id: 2, host: "mongo3:27017", priority: 1 },
];

try {
  rs.status();
  print("rs0: already initiated");
} catch (e) {
  if (e.codeName !== "NotYetInitialized") throw e;
  rs.initiate({ _id: "rs0", members });
  print("rs0: initiated");
}

// mongo1 has the highest priority, so it becomes (or takes back) the primary.
for (let waited = 0; !db.hello().isWritablePrimary; waited++) {
  if (waited >= 120) throw new Error("mongo1 did not become primary within 120 s");
  sleep(1000);
}

const database = db.getSiblingDB(process.env.MONGO_APP_DATABASE);
const user = process.env.MONGO_APP_USER;
if (database.getUser(user) === null) {
  database.createUser({
    user,
    pwd: process.env.MONGO_APP_PASSWORD,
    roles: [{ role: "readWrite", db: process.env.MONGO_APP_DATABASE }],
  });
  print(`user ${user}: created`);
} else {
  print(`user ${user}: exists`);
}
