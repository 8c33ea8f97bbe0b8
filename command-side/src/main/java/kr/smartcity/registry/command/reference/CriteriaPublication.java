package kr.smartcity.registry.command.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;

import kr.smartcity.registry.command.api.CriteriaQueries.AreaView;
import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.CriteriaQueries.ItemView;
import kr.smartcity.registry.command.api.CriteriaQueries.SubItemView;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.Area;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Item;
import kr.smartcity.registry.command.criteria.SubItem;

/** Publishes the criteria catalog, which lives with the rules that apply it, to whoever asks. */
public class CriteriaPublication {

    private final CriteriaCatalog catalog;

    public CriteriaPublication(CriteriaCatalog catalog) {
        this.catalog = catalog;
    }

    @QueryHandler
    public Optional<CriteriaView> handle(FindCriteriaQuery query) {
        return catalog.find(query.version()).map(version -> new CriteriaView(version.id(), version.title(),
                version.passMark().toBigDecimal(), version.areas().stream().map(CriteriaPublication::area).toList()));
    }

    private static AreaView area(Area area) {
        return new AreaView(area.code(), area.nameKo(), area.nameEn(), area.maxPoints().toBigDecimal(),
                area.minimumPoints().toBigDecimal(), area.items().stream().map(CriteriaPublication::item).toList());
    }

    private static ItemView item(Item item) {
        return new ItemView(item.code(), item.nameKo(), item.nameEn(), item.maxPoints().toBigDecimal(), inOrder(item.levels()),
                item.subItems().stream().map(CriteriaPublication::subItem).toList(),
                item.subItems().stream()
                        .flatMap(sub -> sub.indicators().stream().map(indicator -> indicator(sub, indicator)))
                        .toList());
    }

    private static List<ServiceLevel> inOrder(Set<ServiceLevel> levels) {
        return levels.stream().sorted().toList();
    }

    private static SubItemView subItem(SubItem sub) {
        return new SubItemView(sub.code(), sub.nameKo(), sub.nameEn(), sub.maxPoints().toBigDecimal());
    }

    private static IndicatorView indicator(SubItem sub, Indicator indicator) {
        return new IndicatorView(indicator.code(), sub.code(), indicator.sheet(), indicator.textKo(),
                indicator.textEn(), indicator.maxPoints().toBigDecimal(), inOrder(indicator.levels()),
                indicator.specialisation().orElse(null), indicator.assessment().token(), indicator.evidence(),
                indicator.committeeNote().orElse(null));
    }
}
