#pragma once

#include <QString>

class QThreadPool;

// A thread pool for background work that the application waits for before it ends. The pool is
// deleted, and so waited for, when the QCoreApplication is destroyed: main() still runs then.
// A pool left alive instead keeps its threads running while the static data their tasks use
// (regular expressions, libpq's and Kerberos' state) is destroyed after main(), and the process
// crashes on its way out. Callers cancel long work first (a dashboard load cancels its
// statements); what cannot be cancelled, such as a connect attempt, ends within its timeout.
// Never use a pool after the application object is gone.
QThreadPool *backgroundPool(const QString &name, int maxThreads);

// Lowers the calling thread's scheduling priority below the GUI thread's, once per thread: work
// that waits on a database or computes aggregates yields the core to the GUI thread when both
// want it (Linux: nice 10 for the thread; Windows: below normal; macOS: the utility QoS class).
void lowerThreadPriority();
