package io.semanticrouter.cache.milvus;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseCodecTest {

    @Test
    void utf8LengthCountsBytesNotChars() {
        for (String s : new String[] {"", "abc", "ñandú", "日本語", "emoji 😀 and 👩‍💻", "\uD800 lone surrogate"}) {
            assertThat(ResponseCodec.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void shortAnswersStayPlainAndTheLimitIsInBytes() {
        assertThat(ResponseCodec.encode("hello", 10)).isEqualTo(new ResponseCodec.Encoded("hello", ResponseCodec.PLAIN));
        String tenBytesFiveChars = "ééééé";
        assertThat(ResponseCodec.encode(tenBytesFiveChars, 10).encoding()).isEqualTo(ResponseCodec.PLAIN);
        assertThat(ResponseCodec.encode(tenBytesFiveChars + "é", 10)).isNull(); // 12 bytes, gzip header alone is bigger
    }

    @Test
    void longCompressibleAnswersRoundTripThroughGzip() {
        String text = "Ünïcödé line with emoji 😀\n".repeat(10_000);
        ResponseCodec.Encoded e = ResponseCodec.encode(text, MilvusCacheConfig.MAX_VARCHAR_BYTES);
        assertThat(e.encoding()).isEqualTo(ResponseCodec.GZIP_BASE64);
        assertThat(e.text().length()).isLessThanOrEqualTo(MilvusCacheConfig.MAX_VARCHAR_BYTES);
        assertThat(ResponseCodec.decode(e.text(), e.encoding())).isEqualTo(text);
    }

    @Test
    void incompressibleAnswersThatCannotFitAreRefusedNotCut() {
        StringBuilder sb = new StringBuilder();
        Random rnd = new Random(1);
        while (sb.length() < 100_000) {
            sb.append(Long.toString(rnd.nextLong(), 36));
        }
        assertThat(ResponseCodec.encode(sb.toString(), MilvusCacheConfig.MAX_VARCHAR_BYTES)).isNull();
        assertThat(ResponseCodec.encode("x".repeat(2_000_000), MilvusCacheConfig.MAX_VARCHAR_BYTES)).as("over 10x the limit").isNull();
    }

    @Test
    void corruptStoredTextIsAClearError() {
        assertThatThrownBy(() -> ResponseCodec.decode("not base64 !!", ResponseCodec.GZIP_BASE64))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gzip+base64");
        assertThatThrownBy(() -> ResponseCodec.decode("x", 7)).hasMessageContaining("unknown response encoding 7");
    }
}
