#pragma once

// Shared test fixture (tests/common): the bytes the heap holds live right now, for tests
// that bound what a slow peer can make the server keep (exact, unlike RSS; under ASan its
// allocator's own count).

#include <QtGlobal>

#include <malloc.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ACW_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define ACW_ASAN 1
#endif
#ifdef ACW_ASAN
#include <sanitizer/allocator_interface.h>
#endif

namespace acwtest {

inline qint64 liveHeapBytes()
{
#ifdef ACW_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#endif
}

} // namespace acwtest
