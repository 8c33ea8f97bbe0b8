package kr.smartcity.registry.query.access;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets a query handler declare a {@link Viewer} parameter. Found by Axon through
 * {@code META-INF/services}, so it works wherever handlers run, with or without Spring.
 */
public class ViewerParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Viewer> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!Viewer.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Viewer resolveParameterValue(Message<?> message) {
                return Viewer.from(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
