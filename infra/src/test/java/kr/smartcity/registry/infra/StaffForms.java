package kr.smartcity.registry.infra;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Filling and sending the pages' plain forms (public and staff), waiting for the page the form or link leads to. */
final class StaffForms {

    private StaffForms() {
    }

    /** Replaces what a field holds with {@code text} (nothing when empty). */
    static void type(ChromeDriver browser, String fieldId, String text) {
        WebElement field = browser.findElement(By.id(fieldId));
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    /** Clicks and waits until the browser has left the page it was on and loaded the next one. */
    static void clickAndWait(ChromeDriver browser, WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        await().atMost(Duration.ofSeconds(20)).until(() -> gone(page));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }
}
