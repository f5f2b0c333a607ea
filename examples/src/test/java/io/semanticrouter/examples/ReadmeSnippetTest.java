package io.semanticrouter.examples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.semanticrouter.demo.DemoChatModel;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java snippet compiles against the current API and does what it says: it is read from README.md (its
 * import lines go above a class, the rest into a method that gets the two chat models it names), compiled with the
 * JDK's compiler on this module's test class path and run with two stand-in chat models.
 */
class ReadmeSnippetTest {

    @Test
    void theReadmeSnippetCompilesAndRoutesACodingQuestionToTheStrongModel() throws Exception {
        String snippet = firstJavaBlock(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        assertThat(snippet).contains("SemanticRouter.builder()").contains("ChatResponse answer");
        StringBuilder imports = new StringBuilder("import dev.langchain4j.model.chat.ChatModel;\n");
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String source = imports + "public class ReadmeSnippet {\n"
                + "    public static ChatResponse run(ChatModel smallChatModel, ChatModel strongChatModel) {\n"
                + body + "        return answer;\n    }\n}\n";
        Path out = Files.createTempDirectory("readme-snippet");
        compile(source, out);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("ReadmeSnippet").getMethod("run", ChatModel.class, ChatModel.class);
            ChatResponse answer = (ChatResponse) run.invoke(null, new DemoChatModel("small", Duration.ZERO),
                    new DemoChatModel("strong", Duration.ZERO));
            assertThat(answer.aiMessage().text()).isNotBlank();
            assertThat(answer.metadata().modelName()).isEqualTo("strong");
        }
    }

    /** The first fenced {@code java} block of a Markdown text. */
    static String firstJavaBlock(String markdown) {
        int start = markdown.indexOf("```java\n");
        assertThat(start).as("a ```java block in README.md").isNotNegative();
        int body = start + "```java\n".length();
        return markdown.substring(body, markdown.indexOf("```", body));
    }

    private static void compile(String source, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///ReadmeSnippet.java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            StringWriter errors = new StringWriter();
            boolean ok = javac.getTask(errors, files, null,
                    List.of("-classpath", System.getProperty("java.class.path"), "-proc:none"), null, List.of(unit)).call();
            assertThat(ok).as("the README snippet compiles:%n%s%n%s", errors, source).isTrue();
        }
    }
}
