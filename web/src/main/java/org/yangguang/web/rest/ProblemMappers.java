package org.yangguang.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
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
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String title = wae.getResponse().getStatusInfo().getReasonPhrase();
            String detail = status == 404 ? "没有这个接口或资源" : status == 405 ? "不支持此HTTP方法" : e.getMessage();
            if (status == 400) {
                // RESTEasy's own 400s name our Java methods (a query parameter it could not decode)
                return Problems.response(400, "请求无效", "请求地址或参数无效（例如URL编码不是有效的UTF-8）");
            }
            if (status >= 500) LOG.log(Level.SEVERE, "REST error", e);
            return Problems.response(status, title, detail);
        }
        String incident = Long.toHexString(System.nanoTime());
        LOG.log(Level.SEVERE, "Unexpected REST error, incident " + incident, thrown);
        return Problems.response(500, "服务器内部错误", "请联系管理员并提供编号 " + incident);
    }
}
