package org.yangguang.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;

/**
 * Turns every exception that reaches JAX-RS into problem JSON with the right status. Nothing
 * internal (stack traces, SQL) is ever sent; unexpected errors are logged with an id the caller
 * can quote.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = org.yangguang.shared.Failures.cause(thrown);
        if (e instanceof NotFoundException) return Problems.response(404, "未找到", e.getMessage());
        if (e instanceof ConflictException) return Problems.response(409, "状态冲突", e.getMessage());
        if (e instanceof OptimisticLockException) {
            return Problems.response(409, "并发修改", "数据已被他人修改，请刷新后重试");
        }
        if (e instanceof ForbiddenException) return Problems.response(403, "无权操作", e.getMessage());
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            return Problems.response(403, "无权操作", "当前用户的角色不允许此操作");
        }
        if (e instanceof InvalidInputException invalid) {
            return Problems.response(400, "请求无效", invalid.getMessage(), invalid.errors());
        }
        if (e instanceof ConstraintViolationException cve) {
            return new ConstraintViolationMapper().toResponse(cve);
        }
        if (e instanceof IllegalArgumentException) return Problems.response(400, "请求无效", e.getMessage());
        if (e instanceof jakarta.ws.rs.ProcessingException || e instanceof jakarta.json.bind.JsonbException
                || e instanceof jakarta.json.JsonException) {
            // The body could not be read as the expected JSON.
            return Problems.response(400, "请求无效", "请求体不是有效的JSON，或字段类型不符");
        }
        if (e instanceof StrictJsonTypes.BodyTooLargeException) {
            return Problems.response(413, "请求体过大", e.getMessage());
        }
        if (e instanceof WebApplicationException wae) return fromJaxRs(wae);
        String incident = Long.toHexString(System.nanoTime());
        LOG.log(Level.SEVERE, "Unexpected REST error, incident " + incident, thrown);
        return Problems.response(500, "服务器内部错误", "请联系管理员并提供编号 " + incident);
    }

    /** {@code QueryParam("max")} in RESTEasy's message when it cannot convert a parameter. */
    private static final Pattern PARAMETER = Pattern.compile("(?:Query|Header|Form|Matrix|Cookie)Param\\(\"([^\"]{1,60})\"\\)");

    /**
     * JAX-RS's own refusals. Their messages are RESTEasy's (codes such as RESTEASY003065, our method
     * signatures), so the caller gets a sentence per status instead. A query parameter that does not
     * convert to its Java type ({@code ?max=abc} for an Integer) is thrown by the specification as
     * 404, as if no resource matched; it is the caller's input, so 400 naming the parameter.
     */
    private static Response fromJaxRs(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null && e.getMessage() != null) {
            Matcher m = PARAMETER.matcher(e.getMessage());
            if (m.find()) return Problems.response(400, "请求无效", m.group(1) + ": 参数值的格式不对", List.of(m.group(1) + ": 参数值的格式不对"));
        }
        if (status >= 500) LOG.log(Level.SEVERE, "REST error", e);
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            // RESTEasy's own 400s name our Java methods (a query parameter it could not decode)
            case 400 -> "请求地址或参数无效（例如URL编码不是有效的UTF-8）";
            case 401 -> "请登录（HTTP Basic 或 API 密钥）";
            case 403 -> "当前用户的角色不允许此操作";
            case 404 -> "没有这个接口或资源";
            case 405 -> "不支持此HTTP方法";
            case 406 -> "无法以所要求的格式（Accept）返回，请接受 application/json";
            case 413 -> "请求体过大";
            case 415 -> "不支持此请求体格式（Content-Type），请查看接口文档";
            default -> status >= 500 ? "服务器内部错误" : "请求无法处理";
        };
        return Problems.response(status, status == 400 ? "请求无效" : title, detail);
    }
}
