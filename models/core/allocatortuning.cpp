#include "core/allocatortuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace AllocatorTuning {

void limitArenas()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
#endif
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace AllocatorTuning
