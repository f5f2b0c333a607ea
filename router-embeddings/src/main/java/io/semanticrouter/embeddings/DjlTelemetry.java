package io.semanticrouter.embeddings;

/**
 * Turns off DJL's call home before a tokenizer is built. Every {@code HuggingFaceTokenizer.newInstance} calls
 * {@code ai.djl.util.Ec2Utils.callHome}, which (once a day per process) asks the EC2 instance-metadata address
 * 169.254.169.254 for an instance id and region and, on EC2, fetches a telemetry URL. DJL skips this when
 * {@code OPT_OUT_TRACKING} is true, read as an environment variable first and a system property second
 * ({@code Utils.getEnvOrSystemProperty}). We set the system property, unless the user set either form: an
 * explicit choice stays theirs. Call {@link #optOut()} right before every tokenizer construction; {@link OnnxModel}
 * does, for every tokenizer this library builds (the embedder's and the ONNX classifiers').
 */
final class DjlTelemetry {

    static final String OPT_OUT = "OPT_OUT_TRACKING";

    private DjlTelemetry() {
    }

    /** Sets {@code OPT_OUT_TRACKING=true} as a system property when neither the property nor the variable is set. */
    static void optOut() {
        try {
            if (System.getenv(OPT_OUT) == null && System.getProperty(OPT_OUT) == null) {
                System.setProperty(OPT_OUT, "true");
            }
        } catch (SecurityException e) {
            // a security manager that forbids this also keeps DJL from reading it; nothing more to do here
        }
    }
}
