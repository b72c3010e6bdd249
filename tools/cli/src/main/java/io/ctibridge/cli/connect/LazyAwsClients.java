package io.ctibridge.cli.connect;

import io.ctibridge.core.aws.AwsClients;
import java.util.function.Supplier;

/** AWS clients made only if a command needs them (a secret to read), and closed with the command. */
public final class LazyAwsClients implements Supplier<AwsClients>, AutoCloseable {

    private final Supplier<AwsTarget> target;
    private AwsClients clients;

    public LazyAwsClients(Supplier<AwsTarget> target) {
        this.target = target;
    }

    @Override
    public synchronized AwsClients get() {
        if (clients == null) {
            clients = target.get().openClients();
        }
        return clients;
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
