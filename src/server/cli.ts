import { Command } from 'commander';
import { loadConfig } from './config.js';
import { verifyAuditChains } from './audit/auditLog.js';
import { setPasswordByEmail } from './auth/setPassword.js';
import { createAdministrator } from './cliCreateAdmin.js';
import { withSystem } from './db/context.js';
import { openDatabase } from './db/database.js';
import { seedDemo } from './demo/seedDemo.js';
import { databaseTarget, startServer } from './main.js';
import { countTenants } from './modules/tenants/service.js';

const program = new Command('varn').description('Värn: information-security management for Swedish municipalities');

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase(databaseTarget(loadConfig()));
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('Start the web server (migrates, and loads the demo on an empty database unless VARN_DEMO=0)')
  .action(async () => {
    const server = await startServer(loadConfig());
    console.log(`Värn is running at ${server.url}`);
    if (server.demo) {
      console.log(`Demo loaded: ${server.demo.people} people in Exempelkommun and Grannkommun.`);
      console.log(`Sign in as one of: ${server.demo.logins.join(', ')}`);
      console.log(
        server.demo.generatedPassword
          ? `Demo password (generated now, shown only this once): ${server.demo.password}`
          : 'Demo password: the value of VARN_DEMO_PASSWORD',
      );
    } else {
      console.log('Sign in with your account. Demo logins use the password printed at the first start (or VARN_DEMO_PASSWORD); `npx varn set-password` sets a new one.');
    }
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('Apply database migrations and exit')
  .action(async () => {
    await withDatabase(async () => console.log('Database is migrated.'));
  });

program
  .command('seed-demo')
  .description('Load the demo tenants into an empty database')
  .action(async () => {
    const config = loadConfig();
    await withDatabase(async (database) => {
      if ((await countTenants(database)) > 0) throw new Error('The database already has tenants; the demo loads only into an empty one.');
      const demo = await seedDemo(database, config.demoPassword, !config.demoPassword);
      console.log(`Demo loaded: ${demo.people} people. Logins: ${demo.logins.join(', ')}`);
      if (demo.generatedPassword) console.log(`Demo password: ${demo.password}`);
    });
  });

program
  .command('create-admin')
  .description('Create an administrator (and the tenant, if it does not exist yet)')
  .requiredOption('--tenant <slug>', 'tenant identifier, e.g. exempelkommun')
  .option('--tenant-name <name>', 'display name when the tenant is new')
  .requiredOption('--email <email>', 'sign-in e-mail')
  .requiredOption('--name <name>', 'the person’s full name')
  .option('--password-env <variable>', 'read the password from this environment variable', 'VARN_ADMIN_PASSWORD')
  .action(async (options) => {
    const password = process.env[options.passwordEnv];
    if (!password) throw new Error(`Set the password in the environment variable ${options.passwordEnv} (kept out of shell history and process lists).`);
    await withDatabase(async (database) => {
      const result = await createAdministrator(database, { ...options, password });
      console.log(`Administrator ${options.email} created in ${result.tenantName}.`);
    });
  });

program
  .command('set-password')
  .description('Set a new password for an account and sign it out everywhere')
  .requiredOption('--email <email>', 'the account’s sign-in e-mail')
  .option('--password-env <variable>', 'read the new password from this environment variable', 'VARN_NEW_PASSWORD')
  .action(async (options) => {
    const password = process.env[options.passwordEnv];
    if (!password) throw new Error(`Set the new password in the environment variable ${options.passwordEnv}.`);
    await withDatabase((database) => setPasswordByEmail(database, options.email, password));
    console.log(`New password set for ${options.email}; its sessions are signed out.`);
  });

const audit = program.command('audit').description('Audit trail tools');
audit
  .command('verify')
  .description('Check every tenant’s hash chain; exits non-zero at the first edited or removed event')
  .action(async () => {
    const reports = await withDatabase((database) => withSystem(database, (tx) => verifyAuditChains(tx)));
    let broken = false;
    for (const report of reports) {
      if (report.firstBreak) {
        broken = true;
        const { id, chainIndex, reason } = report.firstBreak;
        console.error(`BROKEN tenant ${report.tenantId}: first broken event id ${id} (chain position ${chainIndex}): ${reason.replace('_', ' ')}`);
      } else {
        console.log(`OK tenant ${report.tenantId}: ${report.events} events intact`);
      }
    }
    process.exitCode = broken ? 1 : 0;
  });

program.parseAsync().catch((error: Error) => {
  console.error(`varn: ${error.message}`);
  process.exit(1);
});
