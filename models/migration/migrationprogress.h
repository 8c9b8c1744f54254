#pragma once

#include <QString>

#include <cstdint>

// One progress report of a migration run, for the CLI progress bar and (later) the GUI.
struct MigrationProgress
{
    QString phase;              // "prepare", "dry-run", "backup", "load", "accounting", "done"
    QString entity;             // entity being read or loaded ("" between entities)
    std::int64_t rowsDone = 0;  // source records handled in this phase and entity
    std::int64_t rowsTotal = 0; // 0 when unknown
    double rowsPerSecond = 0;
    int etaSeconds = -1;        // -1 when unknown
};
