package io.semanticrouter.spring.boot;

import io.semanticrouter.SemanticRouter;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when there will be a router: the application has a {@link SemanticRouter} bean, or
 * {@code semantic-router.models} lets the starter build one. For configuration classes evaluated before the
 * starter's own router bean is registered.
 */
final class RouterAvailable extends AnyNestedCondition {

    RouterAvailable() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(ModelsConfigured.class)
    static final class Models {
    }

    @ConditionalOnBean(SemanticRouter.class)
    static final class RouterBean {
    }
}
