package org.yangguang.batch.disclosure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.yangguang.disclosure.publication.PublicationBundle;
import org.yangguang.disclosure.publication.PublicationContent;
import org.yangguang.disclosure.publication.PublicationSettings;

/**
 * Writes each part's files into the version being built ({@code <version>.partial}). The version
 * stays partial when the step ends, for the commit step, or for a restart, which resumes it: a
 * part cut off half-way is written again over what it had left.
 */
@Named
@Dependent
public class PublicationPartWriter extends AbstractItemWriter {

    @Inject
    PublicationContent content;

    @Inject
    @BatchProperty
    String version;

    private PublicationSettings settings;
    private PublicationBundle.Writer bundle;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        settings = PublicationSettings.current();
        bundle = PublicationBundle.resume(settings.root(), version);
    }

    @Override
    public void writeItems(List<Object> parts) throws Exception {
        for (Object part : parts) {
            for (PublicationContent.BundleFile f : content.render((String) part, settings.publicUrl())) {
                bundle.write(f.path(), f.content());
            }
        }
    }

    @Override
    public void close() {
        if (bundle != null) bundle.suspend();
    }
}
