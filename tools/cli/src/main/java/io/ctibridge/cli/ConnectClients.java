package io.ctibridge.cli;

import io.ctibridge.core.aws.AwsClients;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The doctor's Connect-side clients, made on first use over the command's AWS target and closed with it. Connect
 * may have an endpoint of its own: moto does not serve it, so a local run points it at a stand-in.
 */
final class ConnectClients implements AutoCloseable {

    private final Supplier<AwsClients> aws;
    private final Optional<URI> connectEndpoint;
    private final List<SdkClient> made = new ArrayList<>();

    ConnectClients(Supplier<AwsClients> aws, Optional<URI> connectEndpoint) {
        this.aws = aws;
        this.connectEndpoint = connectEndpoint;
    }

    ConnectClient connect() {
        var builder = aws.get().configure(ConnectClient.builder());
        connectEndpoint.ifPresent(builder::endpointOverride);
        return keep(builder.build());
    }

    KinesisClient kinesis() {
        AwsClients clients = aws.get();
        if (clients.settings().endpointOverride().isPresent()) {
            // Local stand-ins such as moto speak Kinesis's JSON protocol only, not the SDK's default CBOR.
            System.setProperty(SdkSystemSetting.CBOR_ENABLED.property(), "false");
        }
        return keep(clients.configure(KinesisClient.builder()).build());
    }

    CloudWatchClient cloudWatch() {
        return keep(aws.get().configure(CloudWatchClient.builder()).build());
    }

    /** The shared SQS client of the AWS clients, closed with them. */
    SqsClient sqs() {
        return aws.get().sqs();
    }

    private <C extends SdkClient> C keep(C client) {
        made.add(client);
        return client;
    }

    @Override
    public void close() {
        made.forEach(SdkClient::close);
    }
}
