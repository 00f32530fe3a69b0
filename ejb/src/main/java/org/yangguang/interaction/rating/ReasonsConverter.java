package org.yangguang.interaction.rating;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The reasons of a rating in one column, as their names separated by commas. */
@Converter
public class ReasonsConverter implements AttributeConverter<List<RatingReason>, String> {

    @Override
    public String convertToDatabaseColumn(List<RatingReason> reasons) {
        return reasons == null || reasons.isEmpty() ? null : reasons.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<RatingReason> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).map(RatingReason::valueOf).toList();
    }
}
