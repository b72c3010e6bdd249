package io.ctibridge.core.calllog.analysis;

import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Analysis files read with GetObject, all the function's role may do in the bucket (and only under Analysis/Voice/). */
public final class S3AnalysisFiles implements AnalysisFiles {

    /** Post-call files are tens of kilobytes; a file this large is not one, and is not read into memory. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final S3Client s3;

    public S3AnalysisFiles(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    @Override
    public byte[] read(String bucket, String key) throws UnreadableAnalysisException {
        try {
            var object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            if (object.response().contentLength() != null && object.response().contentLength() > MAX_BYTES) {
                throw new UnreadableAnalysisException(
                        "the object is " + object.response().contentLength() + " bytes, not an analysis file", null);
            }
            return object.asByteArray();
        } catch (NoSuchKeyException | NoSuchBucketException gone) {
            throw new UnreadableAnalysisException("no such object: s3://" + bucket + "/" + key, gone);
        } catch (S3Exception e) {
            if (e.statusCode() == 403 || e.statusCode() == 404) {
                throw new UnreadableAnalysisException(
                        "S3 answered " + e.statusCode() + " "
                                + e.awsErrorDetails().errorCode() + " for s3://" + bucket + "/" + key,
                        e);
            }
            throw e;
        }
    }
}
