#pragma once

// Process-wide memory allocator settings, applied once at the start of main(), before any thread.
namespace AllocatorTuning {

// glibc gives every thread that allocates its own arena and keeps what it frees there; a
// migration's records are made on the prefetcher's thread and freed on the run's, which left
// ~40 MB of freed memory held at 5 M rows. Two arenas keep the peak where the live data is, at
// no cost in speed (docs/benchmarks.md). Elsewhere this does nothing.
void limitArenas();

// Hands memory freed inside the allocator's arenas back to the system (glibc's malloc_trim): a
// long job calls it now and then, so the peak does not creep up with freed-but-held pages.
void releaseFreeMemory();

} // namespace AllocatorTuning
