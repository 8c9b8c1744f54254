#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

// Calls `f` with the future's result on `context`'s thread, always later, from its event loop;
// never if `context` is destroyed first. QFuture::then(context, f) in Qt 6.4 calls f at once,
// inside then(), when the future has already finished: an answer could then arrive before the
// caller holds the request id it belongs to, and be dropped as stale.
template <class T, class F>
void whenReady(QFuture<T> future, QObject *context, F f)
{
    future.then(context, [context, f = std::move(f)](T value) mutable {
        QMetaObject::invokeMethod(
            context, [f = std::move(f), value = std::move(value)]() mutable { f(std::move(value)); },
            Qt::QueuedConnection);
    });
}
