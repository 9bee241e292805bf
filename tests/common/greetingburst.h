#pragma once

#include <QString>
#include <QStringList>

// A burst of short greeting requests, one connection each, from a Python asyncio client on
// 127.0.0.1 (the window-load tests). It prints how many answers said "Hello <name><i>!" and
// writes each failure to standard error. Arguments for ACW_PYTHON (or `nice ... ACW_PYTHON`).
namespace acwtest {

inline QStringList greetingBurstArgs(
    quint16 port, int count, const QString &name, int concurrency, int timeoutSeconds)
{
    static const char *const script = R"PY(
import asyncio, sys
port, count, name = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode()
concurrency, timeout = int(sys.argv[4]), float(sys.argv[5])
async def one(i):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'GET /%s%d HTTP/1.0\r\nHost: x\r\n\r\n' % (name, i))
    await w.drain()
    data = await r.read()
    w.close()
    return b'Hello %s%d!' % (name, i) in data
async def main():
    sem = asyncio.Semaphore(concurrency)
    async def limited(i):
        async with sem:
            try:
                return await asyncio.wait_for(one(i), timeout)
            except Exception as e:
                print(i, repr(e), file=sys.stderr)
                return False
    results = await asyncio.gather(*(limited(i) for i in range(count)))
    print(sum(results))
asyncio.run(main())
)PY";
    return { QStringLiteral("-c"), QString::fromUtf8(script), QString::number(port),
        QString::number(count), name, QString::number(concurrency),
        QString::number(timeoutSeconds) };
}

} // namespace acwtest
