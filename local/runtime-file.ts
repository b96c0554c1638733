import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';

/** What `npm start` leaves in the data folder so `npx jobalert poll --now` finds the running stack. */
export const runtimeInfoSchema = z.object({
  pid: z.number().int(),
  siteUrl: z.string(),
  dynamoEndpoint: z.string(),
  sesEndpoint: z.string(),
  tableName: z.string(),
  configFile: z.string().optional(),
});
export type RuntimeInfo = z.infer<typeof runtimeInfoSchema>;

const fileIn = (dataDir: string) => path.join(dataDir, 'runtime.json');

export async function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFile(fileIn(dataDir), `${JSON.stringify(info, null, 2)}\n`);
}

export async function removeRuntimeInfo(dataDir: string, pid: number): Promise<void> {
  const info = await readRuntimeInfo(dataDir).catch(() => undefined);
  if (info?.pid === pid) await rm(fileIn(dataDir), { force: true });
}

/** The running stack's endpoints; throws a message telling how to start one. */
export async function readRuntimeInfo(dataDir: string): Promise<RuntimeInfo> {
  let text: string;
  try {
    text = await readFile(fileIn(dataDir), 'utf8');
  } catch {
    throw new Error(`no local stack is running (no ${fileIn(dataDir)}): start one with "npm start" first`);
  }
  const info = runtimeInfoSchema.parse(JSON.parse(text));
  try {
    process.kill(info.pid, 0);
  } catch {
    throw new Error(`the local stack (pid ${info.pid}) is no longer running: start one with "npm start"`);
  }
  return info;
}
