package org.yangguang.disclosure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The grounds of a reply in one column, as their names separated by commas (at most seven). */
@Converter
public class GroundsConverter implements AttributeConverter<List<WithholdingGround>, String> {

    @Override
    public String convertToDatabaseColumn(List<WithholdingGround> grounds) {
        return grounds == null || grounds.isEmpty() ? null
                : grounds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<WithholdingGround> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).map(WithholdingGround::valueOf).toList();
    }
}
