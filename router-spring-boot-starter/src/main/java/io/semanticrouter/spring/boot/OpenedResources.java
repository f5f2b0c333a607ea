package io.semanticrouter.spring.boot;

import org.springframework.beans.factory.DisposableBean;

import java.util.ArrayList;
import java.util.List;

/**
 * What the auto-configured router's building opened and the router does not close itself (an ONNX category
 * model of {@code classifier.type: onnx} or {@code ensemble}); the context closes it, last opened first.
 * Thread-safe.
 */
final class OpenedResources implements DisposableBean {

    static final String BEAN = "semanticRouterOpenedResources";

    private final List<AutoCloseable> opened = new ArrayList<>();

    synchronized void addAll(List<AutoCloseable> resources) {
        opened.addAll(resources);
    }

    synchronized int size() {
        return opened.size();
    }

    @Override
    public synchronized void destroy() throws Exception {
        Exception first = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        opened.clear();
        if (first != null) {
            throw first;
        }
    }
}
