#pragma once

#include <QStringList>

// One function per top-level zhiqiao-cli command; each parses its own arguments (args[0] is the
// command name) and returns the process exit code (0 ok, 1 failure, 2 usage error).
int runConnectionCommand(const QStringList &args); // connection list|add|edit|remove|test
int runDemoCommand(const QStringList &args);       // demo seed|checksum|summary
int runReadCommand(const QStringList &args);       // read --platform P --entity E --limit N
int runAdapterCommand(const QStringList &args);    // adapter check FILE --platform P
int runSummaryCommand(const QStringList &args);    // summary --platform A --platform B
int runBackupCommand(const QStringList &args);     // backup keygen|create|verify|restore
int runValidateCommand(const QStringList &args);     // validate RUN --plan PLAN [--full] [--json F] [--html F]
int runMigrateCommand(const QStringList &args);      // migrate check|dry-run|run|status
int runRollbackCommand(const QStringList &args);     // rollback RUN [--key-file K] [--force]
int runRecommendCommand(const QStringList &args);    // recommend eval|train|dayone
