package org.yangguang.it;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the driver path given so nothing is downloaded.
 * Without Chromium the browser tests are skipped, unless {@code -Dbrowser.required=true} (CI).
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!Boolean.getBoolean("browser.required")) {
            Assumptions.assumeTrue(present, "Chromium not installed: apt-get install chromium chromium-driver");
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new Browser(new ChromeDriver(service, options));
    }

    public void go(String path) {
        driver.get(Http.BASE + path);
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement e = visible(by);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Clicks once the element is clickable. An element replaced by an AJAX update in the meantime, or
     * covered for a moment by something being laid out, is looked up again and clicked again.
     */
    public void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                if (attempt >= 4) throw e;
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks a button that re-renders a region by AJAX and waits until the old region is gone, so
     * that what is read next is the new content, not the page as it was before the click.
     */
    public void clickAndAwaitRefresh(By button, By region) {
        WebElement old = visible(region);
        click(button);
        wait.until(ExpectedConditions.stalenessOf(old));
        visible(region);
    }

    /** The text of an element, read again if an AJAX update replaced it meanwhile. */
    public String text(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                return visible(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt >= 4) throw e;
            }
        }
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Picks an item of a PrimeFaces selectOneMenu by its visible label. The menu is first scrolled
     * to the middle of the window: PrimeFaces closes an open panel when the page scrolls, which a
     * click near the window's edge would make it do.
     */
    public void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_panel li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        WebDriverWait briefly = new WebDriverWait(driver, Duration.ofSeconds(3));
        for (int attempt = 0; attempt < 4; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", visible(menu));
            click(menu);
            try {
                briefly.until(ExpectedConditions.elementToBeClickable(item)).click();
                briefly.until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                // the panel was still opening, or closed again: try again
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuId);
    }

    /**
     * Follows a link of the header's menus as a keyboard user would: focus on the menu's head opens
     * it (CSS :focus-within), then the link is clicked.
     */
    public void menu(String linkId) {
        WebElement link = driver.findElement(By.id(linkId));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].closest('li.menu').querySelector('.menu-head').focus();", link);
        wait.until(ExpectedConditions.visibilityOf(link));
        link.click();
    }

    /** Continues in the window opened last (a link with target="_blank"). */
    public void switchToNewestWindow() {
        wait.until(d -> d.getWindowHandles().size() > 1);
        String newest = null;
        for (String h : driver.getWindowHandles()) newest = h;
        driver.switchTo().window(newest);
    }

    public void logIn(String user) {
        go("/login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), "demo");
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/admin/"));
    }

    public void logOut() {
        click(By.id("topForm:logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topForm:loginLink")));
    }

    /** Saves what the browser shows to target/screenshots (kept by CI for failed runs). */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (Exception e) {
            System.err.println("screenshot failed: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
