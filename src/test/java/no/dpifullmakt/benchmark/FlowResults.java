package no.dpifullmakt.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Every timed run of one flow: the robot's, the floor's and the robot's with screenshots. */
final class FlowResults {

  /**
   * One run: what each step took, the whole run from start to end, the CPU it used, and each step's
   * share of that CPU (empty where it was not measured).
   */
  record Run(List<Duration> steps, Duration whole, ProcessCpu.Use cpu, List<Double> stepCpu) {
    Duration flow() {
      return steps.stream().reduce(Duration.ZERO, Duration::plus);
    }
  }

  private final Flow flow;
  private final List<Run> robot = new ArrayList<>();
  private final List<Run> floor = new ArrayList<>();
  private final List<Run> screenshots = new ArrayList<>();
  private final List<Duration> heldUpByPictures = new ArrayList<>();
  private List<String> labels = List.of();

  FlowResults(Flow flow) {
    this.flow = flow;
  }

  Flow flow() {
    return flow;
  }

  void robot(
      List<RobotReport.StepTime> steps, Duration whole, ProcessCpu.Use cpu, List<Double> stepCpu) {
    labels = steps.stream().map(RobotReport.StepTime::label).toList();
    robot.add(new Run(tookOf(steps), whole, cpu, stepCpu));
  }

  void screenshots(
      List<RobotReport.StepTime> steps, Duration whole, ProcessCpu.Use cpu, Duration heldUp) {
    screenshots.add(new Run(tookOf(steps), whole, cpu, List.of()));
    heldUpByPictures.add(heldUp);
  }

  void floor(List<Duration> steps, Duration whole, ProcessCpu.Use cpu, List<Double> stepCpu) {
    floor.add(new Run(steps, whole, cpu, stepCpu));
  }

  private static List<Duration> tookOf(List<RobotReport.StepTime> steps) {
    return steps.stream().map(RobotReport.StepTime::took).toList();
  }

  List<String> labels() {
    return labels;
  }

  int robotRuns() {
    return robot.size();
  }

  int screenshotRuns() {
    return screenshots.size();
  }

  /** The median of step {@code index} over the robot's runs, in milliseconds. */
  double robotStep(int index) {
    return median(robot, run -> run.steps().get(index));
  }

  double floorStep(int index) {
    return median(floor, run -> run.steps().get(index));
  }

  double screenshotStep(int index) {
    return median(screenshots, run -> run.steps().get(index));
  }

  /** Step {@code index}'s CPU-seconds (median over the robot's runs); NaN if not measured. */
  double robotStepCpu(int index) {
    return stepCpu(robot, index);
  }

  double floorStepCpu(int index) {
    return stepCpu(floor, index);
  }

  private static double stepCpu(List<Run> runs, int index) {
    return middle(
        runs.stream()
            .filter(run -> !run.stepCpu().isEmpty())
            .map(run -> run.stepCpu().get(index))
            .sorted()
            .toList());
  }

  /** The median over the runs of the sum of the steps (not the sum of the steps' medians). */
  double robotFlow() {
    return median(robot, Run::flow);
  }

  double floorFlow() {
    return median(floor, Run::flow);
  }

  double screenshotFlow() {
    return median(screenshots, Run::flow);
  }

  /** The whole command-line run: start, Cucumber, the steps, the reports. */
  double robotWhole() {
    return median(robot, Run::whole);
  }

  double screenshotWhole() {
    return median(screenshots, Run::whole);
  }

  /** The robot's flow against the floor's: the figure the benchmark holds to its limit. */
  double ratio() {
    return robotFlow() / floorFlow();
  }

  /**
   * What the screenshots cost per flow, in milliseconds: the robot's flow with them less its flow
   * without (medians over the runs), the other figure the benchmark holds to a limit.
   */
  double screenshotCost() {
    return screenshotFlow() - robotFlow();
  }

  /**
   * How long the robot's steps waited for their pictures, per flow, as the robot measured it on its
   * own path (median over the runs with screenshots): the part of {@link #screenshotCost()} that
   * does not depend on how two medians of noisy runs fall.
   */
  double heldUpByPictures() {
    return median(heldUpByPictures);
  }

  /** CPU-seconds per run (median over the robot's runs): all of it, or one kind of process. */
  double robotCpu(ToDoubleFunction<ProcessCpu.Use> what) {
    return medianCpu(robot, what);
  }

  double floorCpu(ToDoubleFunction<ProcessCpu.Use> what) {
    return medianCpu(floor, what);
  }

  double screenshotCpu(ToDoubleFunction<ProcessCpu.Use> what) {
    return medianCpu(screenshots, what);
  }

  private static double medianCpu(List<Run> runs, ToDoubleFunction<ProcessCpu.Use> what) {
    return middle(runs.stream().map(run -> what.applyAsDouble(run.cpu())).sorted().toList());
  }

  private static double median(List<Run> runs, Function<Run, Duration> what) {
    return median(runs.stream().map(what).toList());
  }

  private static double median(List<Duration> durations) {
    return middle(durations.stream().map(d -> d.toNanos() / 1_000_000.0).sorted().toList());
  }

  private static double middle(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
