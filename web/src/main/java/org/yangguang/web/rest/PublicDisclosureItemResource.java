package org.yangguang.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yangguang.disclosure.DisclosureItem;
import org.yangguang.disclosure.ItemRow;
import org.yangguang.disclosure.ProactiveItems;
import org.yangguang.files.StoredFile;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.InvalidInputException.Problem;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/** Proactive disclosure for anyone: the catalog, published items by category or keyword, Atom feeds. */
@Path("/v1/public/disclosure-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "主动公开（公众）", description = "公开目录、已公开信息的检索与订阅（Atom）")
public class PublicDisclosureItemResource {

    @Inject
    ProactiveItems items;

    public record Category(String code, String name, String description, long published) {}

    public record ItemList(List<ItemRow> items, long total) {}

    public record Item(long id, String title, String documentNumber, String category, String agency, LocalDate formedOn,
            LocalDate publishedOn, String validity, LocalDate validityChangedOn, Long supersedes, Long supersededBy, String body,
            List<Attachment> attachments) {}

    public record Attachment(long id, String fileName, long bytes, String url) {}

    @GET
    @Path("/categories")
    @Operation(summary = "公开目录：栏目及已公开条数")
    public List<Category> categories() {
        var counts = items.publishedCounts();
        return items.categories(true).stream().map(c -> new Category(c.getCode(), c.getName(), c.getDescription(),
                counts.getOrDefault(c.getCode(), 0L))).toList();
    }

    @GET
    @Operation(summary = "已公开信息：按栏目（category）和关键词（q，空格分隔的词须都出现在标题、文号或正文中），最新在前")
    public ItemList list(@QueryParam("category") String category, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem> errors = new ArrayList<>();
        int pageNo = MatterResource.intParam("page", page, 1, 1, 1_000_000, errors);
        int pageSize = MatterResource.intParam("size", size, 20, 1, PageRequest.MAX_SIZE, errors);
        if (q != null && q.length() > 100) errors.add(new Problem("q", SystemText.of("api.queryTooLongPublic")));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var found = items.published(category, q, PageRequest.of(pageNo, pageSize));
        return new ItemList(found.items(), found.total());
    }

    @GET
    @Path("/{id:[0-9]+}")
    @Operation(summary = "一条已公开信息（正文为经过净化的HTML）")
    public Item get(@PathParam("id") long id) {
        DisclosureItem i = items.publishedItem(id);
        return new Item(i.getId(), i.getTitle(), i.getDocumentNumber(), i.getCategory().getName(), items.departmentName(i.getDepartmentId()),
                i.getFormedOn(), i.getPublishedOn(), i.getValidity().name(), i.getValidityChangedOn(), i.getSupersedesId(),
                i.getSupersededById(), i.getBody(), items.attachments(i).stream().map(f -> new Attachment(f.getId(), f.getFileName(),
                        f.getSizeBytes(), "/api/v1/public/disclosure-items/" + id + "/attachments/" + f.getId())).toList());
    }

    @GET
    @Path("/{id:[0-9]+}/attachments/{file:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "已公开信息的附件")
    public Response attachment(@PathParam("id") long id, @PathParam("file") long file) {
        StoredFile f = items.publishedAttachment(id, file);
        return Response.ok(f.getContent(), f.getContentType())
                .header("Content-Disposition", org.yangguang.web.support.Downloads.attachment(f.getFileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml; charset=UTF-8")
    @Operation(summary = "Atom 订阅：全部或一个栏目（category）最新公开的50条")
    public String feed(@QueryParam("category") String category, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceFirst("/api/?$", "");
        return items.feed(category, base);
    }
}
