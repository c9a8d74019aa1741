// Benchmark, not a test: how long one key derivation of store format 1 takes (Argon2id,
// KdfParameters::storeFormat1()). The store issue asks for roughly 0.5-1 s on the project's
// machines: long enough to make guessing passphrases slow, short enough to unlock at the door.
//   build/ci/tests/benchmarks/store_key_benchmark [rounds]
#include "store/StoreKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const SecretBytes passphrase(QByteArray("Kraanvogel-Zomer-2026"));
    const QByteArray salt = StoreKey::newSalt();
    QList<double> milliseconds;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!StoreKey::derive(passphrase, salt, KdfParameters::storeFormat1()).ok())
            return 1;
        milliseconds.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const KdfParameters parameters = KdfParameters::storeFormat1();
    std::printf("argon2id opslimit=%llu memlimit=%zu MiB rounds=%d\n",
                static_cast<unsigned long long>(parameters.opsLimit), parameters.memLimit / (1024 * 1024),
                rounds);
    std::printf("ms: min %.0f median %.0f max %.0f\n", milliseconds.first(),
                milliseconds.at(milliseconds.size() / 2), milliseconds.last());
    return 0;
}
