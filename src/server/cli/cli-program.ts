// The `parplan` program (commander): subcommands, help in Vietnamese or English, exit codes,
// progress on stderr, results on stdout (--json: one JSON object). `run` is what the bin calls
// and what tests call with captured streams.
import { Command, CommanderError, Option } from 'commander';
import { loadConfig, type Config } from '../config';
import { readAppVersion } from '../backup/app-version';
import { CliError, describeFailure, EXIT, type CliIo } from './cli-io';
import { helpText, pickLang } from './cli-text';
import type { CommandResult } from './commands/command-result';
import { runBackup, runRestore } from './commands/backup-commands';
import { runCreateAdmin, runImportOrganisations, runMigrate } from './commands/admin-commands';
import { runCheck } from './commands/check-command';
import { runExportResults, runExportTasks, runImportResults } from './commands/data-commands';

/** Runs the CLI on `argv` (the arguments after `parplan`); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = pickLang(argv, io.env);
  const text = helpText(lang);
  let exitCode: number = EXIT.ok;
  let json = false;
  const progress = (line: string) => io.stderr(`${line}\n`);
  const config = (): Config => {
    try {
      return loadConfig(io.env);
    } catch (error) {
      throw new CliError(EXIT.failure, (error as Error).message);
    }
  };
  const print = (result: CommandResult) => {
    if (json) io.stdout(`${JSON.stringify(result.json, null, 2)}\n`);
    else for (const line of result.lines) io.stdout(`${line}\n`);
  };

  const program = new Command('parplan')
    .description(text.description)
    .version(readAppVersion(), '-V, --version', text.version)
    .helpOption('-h, --help', text.help)
    .helpCommand(false)
    .option('--json', text.json)
    .addOption(new Option('--lang <lang>', text.lang).choices(['vi', 'en']))
    .addHelpText('after', `\n${text.exitCodes}`)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program.hook('preAction', (_program, action) => {
    json = Boolean(action.optsWithGlobals<{ json?: boolean }>().json);
  });
  const sub = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .helpOption('-h, --help', text.help)
      .addHelpText('after', `\n${text.exitCodes}`)
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  sub('create-admin', text.createAdmin)
    .requiredOption('--tenant-code <code>', text.tenantCode)
    .option('--tenant-name <name>', text.tenantName)
    .requiredOption('--login <login>', text.login)
    .requiredOption('--name <fullName>', text.fullName)
    .action(
      async (options: { tenantCode: string; tenantName?: string; login: string; name: string }) => {
        const settings = config();
        const password = io.env.PARPLAN_ADMIN_PASSWORD ?? (await io.readStdin()).split('\n')[0]!;
        print(
          await runCreateAdmin(settings, {
            tenantCode: options.tenantCode,
            ...(options.tenantName ? { tenantName: options.tenantName } : {}),
            login: options.login,
            fullName: options.name,
            password,
            progress,
          }),
        );
      },
    );

  const imports = sub('import', text.import);
  imports
    .command('organisations')
    .description(text.importOrganisations)
    .argument('<file>')
    .requiredOption('--tenant <code>', text.tenant)
    .option('--dry-run', text.dryRun, false)
    .helpOption('-h, --help', text.help)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (file: string, options: { tenant: string; dryRun: boolean }) => {
      print(
        await runImportOrganisations(config(), {
          file,
          tenantCode: options.tenant,
          dryRun: options.dryRun,
          progress,
        }),
      );
    });

  imports
    .command('results')
    .description(text.importResults)
    .argument('<file>')
    .requiredOption('--tenant <code>', text.tenant)
    .requiredOption('--framework <code>', text.framework)
    .option('--field <field>', text.field, 'auto')
    .option('--decision-number <number>', text.decisionNumber)
    .option('--decision-date <YYYY-MM-DD>', text.decisionDate)
    .option('--dry-run', text.dryRun, false)
    .helpOption('-h, --help', text.help)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(
      async (
        file: string,
        options: {
          tenant: string;
          framework: string;
          field: string;
          decisionNumber?: string;
          decisionDate?: string;
          dryRun: boolean;
        },
      ) => {
        print(
          await runImportResults(config(), {
            file,
            tenantCode: options.tenant,
            frameworkCode: options.framework,
            field: options.field,
            dryRun: options.dryRun,
            ...(options.decisionNumber ? { decisionNumber: options.decisionNumber } : {}),
            ...(options.decisionDate ? { decisionDate: options.decisionDate } : {}),
            progress,
          }),
        );
      },
    );

  const exports = sub('export', text.export);
  exports
    .command('results')
    .description(text.exportResults)
    .requiredOption('--tenant <code>', text.tenant)
    .requiredOption('--framework <code>', text.framework)
    .requiredOption('-o, --out <file>', text.out)
    .helpOption('-h, --help', text.help)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (options: { tenant: string; framework: string; out: string }) => {
      print(
        await runExportResults(config(), {
          tenantCode: options.tenant,
          frameworkCode: options.framework,
          out: options.out,
          progress,
        }),
      );
    });
  exports
    .command('tasks')
    .description(text.exportTasks)
    .requiredOption('--tenant <code>', text.tenant)
    .requiredOption('--plan <id>', text.plan)
    .requiredOption('-o, --out <file>', text.out)
    .helpOption('-h, --help', text.help)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (options: { tenant: string; plan: string; out: string }) => {
      print(
        await runExportTasks(config(), {
          tenantCode: options.tenant,
          planId: options.plan,
          out: options.out,
          progress,
        }),
      );
    });

  sub('backup', text.backup)
    .requiredOption('-o, --out <file>', text.out)
    .action(async (options: { out: string }) => {
      print(await runBackup(config(), { out: options.out, progress }));
    });

  sub('restore', text.restore)
    .argument('<file>')
    .option('--force', text.force, false)
    .option('--data-dir <dir>', text.dataDir)
    .action(async (file: string, options: { force: boolean; dataDir?: string }) => {
      print(
        await runRestore(config(), {
          file,
          force: options.force,
          ...(options.dataDir ? { dataDir: options.dataDir } : {}),
          progress,
        }),
      );
    });

  sub('migrate', text.migrate).action(async () => {
    print(await runMigrate(config(), progress));
  });

  sub('check', text.check).action(async () => {
    const result = await runCheck(config());
    print(result);
    exitCode = result.exitCode;
  });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown = ['commander.helpDisplayed', 'commander.help', 'commander.version'];
      return helpShown.includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    const failure = describeFailure(error);
    io.stderr(`${failure.message}\n`);
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, exitCode: failure.exitCode, message: failure.message }, null, 2)}\n`,
      );
    return failure.exitCode;
  }
}
