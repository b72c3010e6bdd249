package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinesisShardTest {

    @Test
    void deliver_resumesFromTheLowestFailure_andRedeliversWhatFollowsIt() {
        KinesisShard shard = new KinesisShard();
        List<String> sequence = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sequence.add(shard.put(("record " + i).getBytes(StandardCharsets.UTF_8)));
        }
        List<Integer> batchSizes = new ArrayList<>();
        boolean[] failedOnce = {false};
        KinesisShard.Delivered delivered = shard.deliver(
                10,
                5,
                batch -> {
                    batchSizes.add(batch.getRecords().size());
                    if (!failedOnce[0]) {
                        failedOnce[0] = true;
                        return failures(sequence.get(3), sequence.get(2));
                    }
                    return failures();
                },
                () -> {});
        assertEquals(List.of(5, 3), batchSizes, "the second delivery starts at record 2");
        assertEquals(new KinesisShard.Delivered(2, 0), delivered);
    }

    @Test
    void deliver_givesAPositionUp_afterTheMaximumAttempts_andCountsIt() {
        KinesisShard shard = new KinesisShard();
        String poison = shard.put("poison".getBytes(StandardCharsets.UTF_8));
        shard.put("fine".getBytes(StandardCharsets.UTF_8));
        KinesisShard.Delivered delivered =
                shard.deliver(10, 3, batch -> first(batch).equals(poison) ? failures(poison) : failures(), () -> {});
        assertEquals(new KinesisShard.Delivered(4, 1), delivered);
    }

    private static String first(KinesisEvent batch) {
        return batch.getRecords().getFirst().getKinesis().getSequenceNumber();
    }

    private static StreamsEventResponse failures(String... sequenceNumbers) {
        return new StreamsEventResponse(List.of(sequenceNumbers).stream()
                .map(StreamsEventResponse.BatchItemFailure::new)
                .toList());
    }
}
