// Validates Kubernetes manifests offline against the Kubernetes API schemas (npm
// kubernetes-models, pinned in package-lock.json; the YAML is read with npm yaml).
// Usage: node validate_manifests.mjs FILE.yaml...   Exit 0 when every document of
// every file is a known kind and valid; 1 with one line per problem otherwise.
// `--expect-invalid` inverts the verdict: the test feeds it broken copies, so that a
// validator that accepts anything cannot pass.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const expectInvalid = args[0] === "--expect-invalid";
const files = expectInvalid ? args.slice(1) : args;
if (files.length === 0) {
  console.error("usage: node validate_manifests.mjs [--expect-invalid] FILE.yaml...");
  process.exit(2);
}

// "apps/v1" + "DaemonSet" -> kubernetes-models/apps/v1/DaemonSet; "v1" -> core.
async function modelOf(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^\w+$/.test(kind))
    return null;
  const path = `kubernetes-models/${apiVersion}/${kind}`;
  try {
    require.resolve(path);
  } catch {
    return null;
  }
  const mod = await import(path);
  return mod[kind] ?? mod.default ?? null;
}

const problems = [];
let checked = 0;
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const [i, doc] of docs.entries()) {
    const where = `${file}: document ${i + 1}`;
    if (doc.errors.length) {
      problems.push(`${where}: YAML: ${doc.errors[0].message}`);
      continue;
    }
    const obj = doc.toJS();
    if (obj === null)
      continue;
    const Model = await modelOf(obj.apiVersion, obj.kind);
    if (!Model) {
      problems.push(`${where}: unknown apiVersion/kind ${obj.apiVersion}/${obj.kind}`);
      continue;
    }
    try {
      new Model(obj).validate();
      checked++;
      console.log(`ok ${obj.kind} ${obj.metadata?.name ?? "?"} (${where})`);
    } catch (e) {
      problems.push(`${where} (${obj.kind} ${obj.metadata?.name ?? "?"}): ${e.message}`);
    }
  }
}
for (const p of problems)
  console.log(`INVALID ${p}`);
if (expectInvalid) {
  console.log(problems.length ? "invalid, as expected" : "accepted a broken manifest");
  process.exit(problems.length ? 0 : 1);
}
console.log(`${checked} valid, ${problems.length} invalid`);
process.exit(problems.length || checked === 0 ? 1 : 0);
