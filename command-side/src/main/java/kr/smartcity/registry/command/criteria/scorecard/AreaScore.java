package kr.smartcity.registry.command.criteria.scorecard;

import kr.smartcity.registry.command.criteria.Area;
import kr.smartcity.registry.command.criteria.Points;

/** An area's subtotal and whether it clears its 과락 minimum. */
public record AreaScore(Area area, Points points) {

    public boolean meetsMinimum() {
        return area.meetsMinimum(points);
    }
}
